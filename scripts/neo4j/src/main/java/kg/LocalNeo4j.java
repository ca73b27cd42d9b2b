package kg;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A local Neo4j 5 with Bolt on 127.0.0.1: authentication on (user neo4j, the
 * password from NEO4J_PASSWORD), memory per transaction bounded, its data in
 * a folder, stopped cleanly on SIGTERM. Prints one line "Neo4j ready at bolt://127.0.0.1:PORT" once it
 * accepts connections.
 *
 * Usage: LocalNeo4j PORT DATA_DIR
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args.length > 0 ? args[0] : "7687");
    Path data = Path.of(args.length > 1 ? args[1] : "neo4j-data").toAbsolutePath();
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "kg-local-password");
    if (password.length() < 8) throw new IllegalArgumentException("neo4j: NEO4J_PASSWORD must have at least 8 characters");

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // One query may hold at most 512 MB of the 2 GB heap, all of them 1 GB: a query that builds a
        // huge list (range(1, 200000000)) fails alone instead of exhausting the heap for everyone.
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 512L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 1024L * 1024 * 1024)
        .build();
    // The user neo4j gets the password now (a restart on the same folder finds it set already).
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j IF EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
          java.util.Map.of("password", password));
    } catch (org.neo4j.graphdb.QueryExecutionException e) {
      if (!e.getMessage().contains("cannot be the same")) throw e;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }));
    waitForBolt(port);
    System.out.println("Neo4j ready at bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static void waitForBolt(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (java.io.IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("neo4j: Bolt did not open on port " + port);
  }
}
