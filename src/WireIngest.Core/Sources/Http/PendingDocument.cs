using WireIngest.Core.Storage;

namespace WireIngest.Core.Sources.Http;

/// <summary>What to record once a handed-out document's outcome is committed.</summary>
/// <param name="Index">The index poll it came from, or <c>null</c>.</param>
/// <param name="Validators">Its response's validators, to save, or <c>null</c>.</param>
/// <param name="UnchangedRecord">For an unchanged document, the ledger record to write (a newer item date), or <c>null</c>.</param>
internal sealed record PendingDocument(IndexPoll? Index, HttpValidators? Validators, DocumentRecord? UnchangedRecord);
