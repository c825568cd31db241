package workshop.step2;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import momento.sdk.CacheClient;
import workshop.accounts.api.AccountService;
import workshop.accounts.api.ApiRouter;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import workshop.accounts.data.AccountTable;

/**
 * Step 2's Lambda entry point. Lambda creates one instance per execution environment and sends it
 * one event at a time for as long as the environment lives, so the DynamoDB and Momento clients
 * built in the constructor (and the Momento API key read there) serve every invocation: a cold
 * start pays for them once, a warm invocation not at all.
 */
public final class Handler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, AutoCloseable {
  private final DynamoDbClient dynamoDb;
  private final CacheClient cache;
  private final ApiRouter router;

  /** The constructor Lambda calls: settings come from the function's environment variables. */
  public Handler() {
    this(Settings.fromEnvironment());
  }

  // region momento-client
  public Handler(Settings settings) {
    this.dynamoDb = Clients.dynamoDb(settings);
    this.cache = Clients.momento(settings);
    AccountTable table = new AccountTable(dynamoDb, settings.tableName());
    this.router = new ApiRouter(new AccountService(new AccountRepository(table, cache, settings.cacheName())));
  }
  // endregion

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return router.handle(event);
  }

  /**
   * Lambda never calls this: the clients live as long as the execution environment. The
   * workshop's tools (checks, local runs) call it when they are done with a handler.
   */
  @Override
  public void close() {
    cache.close();
    dynamoDb.close();
  }
}
