using WireIngest.Core.Messages;

namespace WireIngest.Core.Storage;

/// <summary>
/// The SQLite store as one object: its connection factory, its migrator, and the stores over its tables. Thread-safe; each
/// call opens its own connection.
/// </summary>
public sealed class SqliteStore
{
    /// <summary>Creates the store over <see cref="StorageOptions.Path"/>; nothing is opened until the first call.</summary>
    public SqliteStore(StorageOptions storage, IdentityOptions identity, PublishingOptions publishing, NinjsMessageWriter writer, TimeProvider timeProvider)
    {
        Connections = new SqliteConnectionFactory(storage, timeProvider);
        Migrator = new SchemaMigrator(Connections);
        Articles = new SqliteArticleStore(Connections, writer, identity, publishing, timeProvider);
        Outbox = new SqliteOutboxStore(Connections, timeProvider);
        Quarantine = new SqliteQuarantineStore(Connections, timeProvider);
        Documents = new SqliteDocumentLedger(Connections, timeProvider);
        SourceStatus = new SqliteSourceStatusStore(Connections, timeProvider);
        HttpValidators = new SqliteHttpValidatorStore(Connections, timeProvider);
        Retention = new SqliteRetentionStore(Connections);
    }

    /// <summary>Opens connections with the store's pragmas and retries.</summary>
    public SqliteConnectionFactory Connections { get; }

    /// <summary>Applies the schema migrations.</summary>
    public SchemaMigrator Migrator { get; }

    /// <summary>Articles and their versions (each with its outbox row).</summary>
    public IArticleStore Articles { get; }

    /// <summary>The outbox: the embedded queue.</summary>
    public IOutboxStore Outbox { get; }

    /// <summary>Failed documents.</summary>
    public IQuarantineStore Quarantine { get; }

    /// <summary>The scan ledger.</summary>
    public IDocumentLedger Documents { get; }

    /// <summary>Per source status and the counts of <c>wireingest status</c>.</summary>
    public ISourceStatusStore SourceStatus { get; }

    /// <summary>The HTTP source's conditional-GET validators.</summary>
    public IHttpValidatorStore HttpValidators { get; }

    /// <summary>Pruning of published messages and superseded versions.</summary>
    public IRetentionStore Retention { get; }
}
