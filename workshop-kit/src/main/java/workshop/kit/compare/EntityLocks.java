package workshop.kit.compare;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The non-racing mode's rule: a write to an entity never overlaps a read or another write of the
 * same entity (reads of it may overlap each other, and anything may overlap work on other
 * entities). Striped read-write locks by entity; in racing mode nothing is locked.
 */
public final class EntityLocks {
  private static final int STRIPES = 1024;
  private static final Lock NONE = new java.util.concurrent.locks.ReentrantLock() {
    @Override
    public void lock() {}

    @Override
    public void unlock() {}
  };

  private final ReadWriteLock[] stripes;

  private EntityLocks(ReadWriteLock[] stripes) {
    this.stripes = stripes;
  }

  public static EntityLocks forMode(boolean races) {
    if (races) {
      return new EntityLocks(null);
    }
    ReadWriteLock[] stripes = new ReadWriteLock[STRIPES];
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantReadWriteLock();
    }
    return new EntityLocks(stripes);
  }

  /** The lock a request must hold: shared for a read, exclusive for a write. */
  public Lock lockFor(ApiCall call) {
    if (stripes == null) {
      return NONE;
    }
    ReadWriteLock lock = stripes[Math.floorMod(call.entity().hashCode(), STRIPES)];
    return call.route().isRead() ? lock.readLock() : lock.writeLock();
  }
}
