namespace WireIngest.Core.Storage;

/// <summary>A <c>documents</c> row as Dapper reads it, time as stored text (not nested: Dapper.AOT's generated reader must see the type).</summary>
internal sealed class DocumentLedgerRow
{
    public long Size { get; set; }

    public string ModifiedAt { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public string Outcome { get; set; } = string.Empty;
}
