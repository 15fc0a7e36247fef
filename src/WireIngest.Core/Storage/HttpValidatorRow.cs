namespace WireIngest.Core.Storage;

/// <summary>An <c>http_validators</c> row as Dapper reads it (not nested: Dapper.AOT's generated reader must see the type).</summary>
internal sealed class HttpValidatorRow
{
    public string? ETag { get; set; }

    public string? LastModified { get; set; }
}
