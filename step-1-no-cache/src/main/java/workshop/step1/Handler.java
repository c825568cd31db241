package workshop.step1;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import workshop.accounts.api.AccountService;
import workshop.accounts.api.ApiRouter;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import workshop.accounts.data.AccountTable;

/**
 * Step 1's Lambda entry point. Lambda creates one instance per execution environment and sends it
 * one event at a time, for as long as the environment lives: the DynamoDB client built in the
 * constructor serves every one of those invocations.
 */
public final class Handler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, AutoCloseable {
  private final DynamoDbClient dynamoDb;
  private final ApiRouter router;

  // region clients-once
  /** The constructor Lambda calls: settings come from the function's environment variables. */
  public Handler() {
    this(Settings.fromEnvironment());
  }

  public Handler(Settings settings) {
    this.dynamoDb = Clients.dynamoDb(settings);
    AccountTable table = new AccountTable(dynamoDb, settings.tableName());
    this.router = new ApiRouter(new AccountService(new AccountRepository(table)));
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
    dynamoDb.close();
  }
}
