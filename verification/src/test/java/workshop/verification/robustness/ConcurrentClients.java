package workshop.verification.robustness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import workshop.accounts.cache.CacheKeys;
import workshop.accounts.data.ItemMapper;
import workshop.accounts.data.TableKeys;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;
import workshop.kit.checks.AccountApi;
import workshop.kit.checks.ApiResponse;

/**
 * Virtual clients, each with its own handler (like separate Lambda execution environments), doing
 * seeded mixed reads and writes at the same time against the same table and cache.
 *
 * <p>Writes are owned: member {@code m<j>}'s profile and memberships are written only by client
 * {@code j % clients}, so each client knows the last state it had acknowledged for them and the
 * final state can be held to it (no lost write), and a client that removed a membership (204) can
 * check that it is gone when it reads it right after. Reads go anywhere. A share of the requests
 * also writes one contended user and membership ("hot") from every client, whose final state has
 * no single owner: only its cache-versus-DynamoDB agreement is reported.
 */
public final class ConcurrentClients {
    public static final String BOSS = "boss";
    public static final String HOT = "hot";

    public record Result(
            int clients,
            int requests,
            int serverErrors,
            int unexpectedStatuses,
            int readableAfterDelete,
            int lostWrites,
            ConsistencyAuditor.Audit audit,
            int staleOwned,
            int staleHot,
            List<String> problems,
            long millis) {

        public Figures figures(String test) {
            return Figures.of(test)
                    .put("clients", clients)
                    .put("requests", requests)
                    .put("5xx", serverErrors)
                    .put("unexpected_statuses", unexpectedStatuses)
                    .put("readable_after_204_delete", readableAfterDelete)
                    .put("lost_writes", lostWrites)
                    .put("cache_entries", audit.entries())
                    .put("stale_entries", audit.stale().size())
                    .put("stale_owned", staleOwned)
                    .put("stale_contended", staleHot)
                    .put("longest_stale_ttl_s", audit.longestStaleTtl().toSeconds())
                    .put("ms", millis);
        }
    }

    private final RobustnessBench bench;
    private final int clients;
    private final int requestsPerClient;
    private final long seed;
    private final int members;
    private final List<String> slugs = List.of("org-0", "org-1", "org-2");

    public ConcurrentClients(RobustnessBench bench, int clients, int requestsPerClient, long seed) {
        this.bench = bench;
        this.clients = clients;
        this.requestsPerClient = requestsPerClient;
        this.seed = seed;
        this.members = clients * 2;
    }

    public Result run() throws Exception {
        bench.reset();
        AccountApi setup = bench.newApi();
        expect(setup.createUser(BOSS, "Boss", "B"), 201);
        expect(setup.createUser(HOT, "Hot", "H"), 201);
        for (int j = 0; j < members; j++) expect(setup.createUser("m" + j, "M" + j, "Initial"), 201);
        for (int i = 0; i < slugs.size(); i++) expect(setup.createOrganization(BOSS, "Org " + i), 201);

        List<AccountApi> apis = new ArrayList<>();
        for (int k = 0; k < clients; k++) apis.add(bench.newApi());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Client>> futures = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            Client client = new Client(k, apis.get(k), new Random(seed * 31 + k));
            futures.add(pool.submit(() -> {
                client.run();
                return client;
            }));
        }
        List<Client> done = new ArrayList<>();
        for (Future<Client> future : futures) done.add(future.get(120, TimeUnit.SECONDS));
        pool.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;

        int requests = 0, errors = 0, unexpected = 0, readable = 0, lost = 0;
        List<String> problems = new ArrayList<>();
        for (Client c : done) {
            requests += c.requests;
            errors += c.serverErrors.get();
            unexpected += c.unexpected;
            readable += c.readableAfterDelete;
            problems.addAll(c.problems);
            for (var e : c.lastUser.entrySet()) {
                Optional<User> inTable = bench.table().getUser(e.getKey());
                if (!inTable.equals(Optional.of(e.getValue()))) {
                    lost++;
                    problems.add("lost user write " + e.getValue() + ", table " + inTable);
                }
            }
            for (var e : c.lastMembership.entrySet()) {
                String[] parts = e.getKey().split("#");
                Optional<Membership> inTable = bench.table()
                        .findItem(TableKeys.membership(parts[0], parts[1]))
                        .map(ItemMapper::toMembership);
                if (!inTable.equals(e.getValue())) {
                    lost++;
                    problems.add("lost membership write " + e.getKey() + "=" + e.getValue() + ", table " + inTable);
                }
            }
        }
        ConsistencyAuditor.Audit audit = bench.auditor().audit();
        int staleHot = (int) audit.stale().stream().filter(s -> isHot(s.key())).count();
        return new Result(
                clients,
                requests,
                errors,
                unexpected,
                readable,
                lost,
                audit,
                audit.stale().size() - staleHot,
                staleHot,
                problems.subList(0, Math.min(10, problems.size())),
                millis);
    }

    private static boolean isHot(String key) {
        return key.equals(CacheKeys.user(HOT)) || key.endsWith("#" + HOT);
    }

    private static void expect(ApiResponse response, int status) {
        if (response.status() != status) throw new IllegalStateException("Set-up failed: " + response);
    }

    private final class Client {
        final int id;
        final AccountApi api;
        final Random random;
        final List<String> owned = new ArrayList<>();
        final Map<String, User> lastUser = new HashMap<>();
        final Map<String, Optional<Membership>> lastMembership = new HashMap<>();
        final AtomicInteger serverErrors = new AtomicInteger();
        final List<String> problems = new ArrayList<>();
        int requests, unexpected, readableAfterDelete, sequence;

        Client(int id, AccountApi api, Random random) {
            this.id = id;
            this.api = api;
            this.random = random;
            for (int j = id; j < members; j += clients) owned.add("m" + j);
        }

        void run() {
            for (int i = 0; i < requestsPerClient; i++) {
                int dice = random.nextInt(100);
                String anyUser = random.nextInt(5) == 0 ? HOT : "m" + random.nextInt(members);
                String slug = slugs.get(random.nextInt(slugs.size()));
                String mine = owned.get(random.nextInt(owned.size()));
                String membershipKey = slug + "#" + mine;
                if (dice < 15) send(api.getUser(anyUser), 200);
                else if (dice < 20) send(api.getOrganization(slug), 200);
                else if (dice < 45) send(api.getMembership(slug, anyUser), 200, 404);
                else if (dice < 55) {
                    String first = "c" + id + "n" + (++sequence);
                    ApiResponse r = send(api.updateUser(mine, mine, first, null), 200);
                    if (r.status() == 200)
                        lastUser.put(
                                mine,
                                new User(
                                        mine,
                                        first,
                                        lastUser.containsKey(mine)
                                                ? lastUser.get(mine).lastName()
                                                : "Initial"));
                } else if (dice < 67) {
                    Role role = Role.values()[random.nextInt(3)];
                    ApiResponse r = send(api.addMember(BOSS, slug, mine, role.name()), 201, 409);
                    if (r.status() == 201)
                        lastMembership.put(membershipKey, Optional.of(new Membership(slug, mine, role)));
                } else if (dice < 75) {
                    Role role = Role.values()[random.nextInt(3)];
                    ApiResponse r = send(api.changeRole(BOSS, slug, mine, role.name()), 200, 404);
                    if (r.status() == 200)
                        lastMembership.put(membershipKey, Optional.of(new Membership(slug, mine, role)));
                } else if (dice < 87) {
                    ApiResponse r = send(api.removeMember(BOSS, slug, mine), 204, 404);
                    if (r.status() == 204) {
                        lastMembership.put(membershipKey, Optional.empty());
                        ApiResponse after = send(api.getMembership(slug, mine), 404);
                        if (after.status() != 404) {
                            readableAfterDelete++;
                            problems.add("client " + id + ": " + slug + "/" + mine + " readable after its 204 DELETE: "
                                    + after);
                        }
                    }
                } else if (dice < 93) {
                    send(api.updateUser(HOT, HOT, "c" + id + "n" + (++sequence), null), 200);
                } else if (dice < 97) {
                    send(api.addMember(BOSS, "org-0", HOT, "Member"), 201, 409);
                } else {
                    send(api.removeMember(BOSS, "org-0", HOT), 204, 404);
                }
            }
        }

        ApiResponse send(ApiResponse response, int... expected) {
            requests++;
            if (response.status() >= 500) {
                serverErrors.incrementAndGet();
                problems.add("client " + id + ": " + response);
            } else if (java.util.Arrays.stream(expected).noneMatch(s -> s == response.status())) {
                unexpected++;
                problems.add("client " + id + ": unexpected " + response);
            }
            return response;
        }
    }

    /** Convenience for reports: TTLs are whole seconds. */
    static long seconds(Duration d) {
        return d.toSeconds();
    }
}
