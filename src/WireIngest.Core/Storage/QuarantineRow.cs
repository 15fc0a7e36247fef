namespace WireIngest.Core.Storage;

/// <summary>A <c>quarantine</c> row as Dapper reads it.</summary>
internal sealed class QuarantineRow
{
    public const string Columns =
        "id AS Id, source AS Source, origin_file AS OriginFile, origin_url AS OriginUrl, error AS Error, content AS Content, " +
        "content_type AS ContentType, created_at AS CreatedAt, replayed_at AS ReplayedAt";

    public long Id { get; set; }

    public string Source { get; set; } = string.Empty;

    public string? OriginFile { get; set; }

    public string? OriginUrl { get; set; }

    public string Error { get; set; } = string.Empty;

    public byte[]? Content { get; set; }

    public string? ContentType { get; set; }

    public string CreatedAt { get; set; } = string.Empty;

    public string? ReplayedAt { get; set; }

    public QuarantineEntry ToEntry() =>
        new(Id, Source, OriginFile, OriginUrl, Error, Content, ContentType, StoreTime.Read(CreatedAt), StoreTime.ReadNullable(ReplayedAt));
}
