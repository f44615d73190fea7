// Idempotent set-up of the hubs' MongoDB replica set, run by mongosh as the administrator (docker-compose's mongo-init,
// and the Kubernetes Job beside this file): initiates the replica set when it has no configuration yet, waits
// for a primary, then creates or updates one user per hub node with readWrite on that hub's own database only.
// Input from the environment: HUBS_REPLICA_SET, HUBS_REPLICA_MEMBERS (host:port,host:port,...), and one password per hub
// as HUBS_MONGO_PASSWORD_HUB_<ID> (the hub id in capitals, dashes as underscores).
const setName = process.env.HUBS_REPLICA_SET || "rs0";
const members = (process.env.HUBS_REPLICA_MEMBERS || "mongo:27017").split(",").map((host, i) => ({ _id: i, host: host.trim() }));

try {
  rs.status();
} catch (e) {
  if (e.codeName !== "NotYetInitialized") throw e;
  rs.initiate({ _id: setName, members });
  print(`initiated replica set ${setName} with ${members.length} member(s)`);
}

for (let i = 0; i < 60 && !db.hello().isWritablePrimary; i++) sleep(1000);
if (!db.hello().isWritablePrimary) throw new Error("no primary after 60 s");

const prefix = "HUBS_MONGO_PASSWORD_HUB_";
for (const [name, password] of Object.entries(process.env)) {
  if (!name.startsWith(prefix) || !password) continue;
  const hubId = name.substring(prefix.length).toLowerCase().replaceAll("_", "-");
  const user = `hub-${hubId}`;
  const database = db.getSiblingDB(`hubs-hub-${hubId}`);
  const roles = [{ role: "readWrite", db: `hubs-hub-${hubId}` }];
  if (database.getUser(user)) {
    database.updateUser(user, { pwd: password, roles });
    print(`updated ${user}`);
  } else {
    database.createUser({ user, pwd: password, roles });
    print(`created ${user}`);
  }
}
