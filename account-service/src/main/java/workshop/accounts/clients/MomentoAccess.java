package workshop.accounts.clients;

/** How this environment reaches Momento. The API key itself never appears in toString(). */
public sealed interface MomentoAccess {
    /** No cache at all (step 1). */
    record None() implements MomentoAccess {}

    /** Momento, with the API key from the environment (running locally against real Momento). */
    record ApiKey(String apiKey) implements MomentoAccess {
        @Override
        public String toString() {
            return "ApiKey[apiKey=<redacted>]";
        }
    }

    /** Momento, with the API key in AWS Secrets Manager (deployed on Lambda). */
    record SecretsManagerSecret(String secretId) implements MomentoAccess {}

    /** A server speaking Momento's protocol on this machine (the workshop's local server). */
    record LocalServer(String host, int port) implements MomentoAccess {}
}
