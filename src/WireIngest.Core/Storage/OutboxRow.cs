namespace WireIngest.Core.Storage;

/// <summary>An <c>outbox</c> row as Dapper reads it; times are store text until converted.</summary>
internal sealed class OutboxRow
{
    public const string Columns =
        "seq AS Seq, message_id AS MessageId, article_id AS ArticleId, version AS Version, subject AS Subject, body AS Body, created_at AS CreatedAt, " +
        "available_at AS AvailableAt, state AS State, published_at AS PublishedAt, attempts AS Attempts, last_error AS LastError";

    public long Seq { get; set; }

    public string MessageId { get; set; } = string.Empty;

    public string ArticleId { get; set; } = string.Empty;

    public long Version { get; set; }

    public string Subject { get; set; } = string.Empty;

    public byte[] Body { get; set; } = [];

    public string CreatedAt { get; set; } = string.Empty;

    public string AvailableAt { get; set; } = string.Empty;

    public long State { get; set; }

    public string? PublishedAt { get; set; }

    public long Attempts { get; set; }

    public string? LastError { get; set; }

    public OutboxMessage ToMessage() => new(
        MessageId, ArticleId, (int)Version, Subject, Body, StoreTime.Read(CreatedAt), StoreTime.Read(AvailableAt),
        (OutboxState)State, StoreTime.ReadNullable(PublishedAt), (int)Attempts, LastError);
}
