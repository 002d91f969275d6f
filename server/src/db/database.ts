import type { DataSource, EntityManager } from 'typeorm'

/**
 * A write: runs inside a transaction and returns only after COMMIT. Callers never nest writes; they
 * pass the manager they were given to anything else that writes.
 */
export type WriteWork<T> = (manager: EntityManager) => Promise<T>

/**
 * The server's handle on its database. Reads and writes go through different doors because on
 * SQLite TypeORM shares one connection among all callers: concurrent transactions collide, a caller
 * can be told a committed write failed, and a plain write made while another transaction is open is
 * rolled back with it (measured; docs/decisions/0002). So on SQLite every write is queued and
 * runs alone, and reads use a second, read-only connection that sees only committed data (WAL). On
 * PostgreSQL each transaction gets its own pooled connection and the database's constraints decide.
 */
export class Database {
  private queueTail: Promise<unknown> = Promise.resolve()

  constructor(
    readonly dialect: 'sqlite' | 'postgres',
    private readonly writer: DataSource,
    private readonly reader: DataSource,
  ) {}

  /** Committed data only; never use it to write. */
  get read(): EntityManager {
    return this.reader.manager
  }

  /** Runs `work` in a transaction; on SQLite strictly one at a time, in arrival order. */
  write<T>(work: WriteWork<T>): Promise<T> {
    if (this.dialect === 'postgres') {
      return this.writer.transaction(work)
    }
    const run = this.queueTail.then(() => this.writer.transaction(work))
    // The queue moves on whether this write succeeded or not; the caller gets its own outcome.
    this.queueTail = run.catch(() => undefined)
    return run
  }

  async close(): Promise<void> {
    await this.queueTail
    if (this.reader !== this.writer && this.reader.isInitialized) {
      await this.reader.destroy()
    }
    if (this.writer.isInitialized) {
      await this.writer.destroy()
    }
  }

  /** The write connection, for migrations and test set-up only. */
  get dataSource(): DataSource {
    return this.writer
  }
}
