namespace WireIngest.Core.Storage;

/// <summary>What the scan ledger knows of one file of a source.</summary>
/// <param name="Size">Size in bytes when last ingested.</param>
/// <param name="ModifiedAt">Its last-write time then.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes then.</param>
/// <param name="Outcome">What ingesting it gave (<c>ingested</c>, <c>failed</c>, ...).</param>
public sealed record DocumentRecord(long Size, DateTimeOffset ModifiedAt, string Sha256, string Outcome);
