namespace WireIngest.Core.Storage;

/// <summary>One message of the outbox: an article version's ninjs JSON and its delivery state.</summary>
/// <param name="MessageId">Deterministic id (see <see cref="ArticleIdentity.MessageId"/>); a re-send carries the same.</param>
/// <param name="ArticleId">The article the message is a version of.</param>
/// <param name="Version">WireIngest's per-article version counter.</param>
/// <param name="Subject"><c>article.created</c>, <c>article.updated</c>, <c>article.canceled</c> or <c>article.withheld</c>.</param>
/// <param name="Body">The message, compact UTF-8 JSON.</param>
/// <param name="CreatedAt">When the version was stored.</param>
/// <param name="AvailableAt">Not published before this instant (embargo), else equal to <paramref name="CreatedAt"/>.</param>
/// <param name="State">Delivery state.</param>
/// <param name="PublishedAt">When it was delivered, or <c>null</c>.</param>
/// <param name="Attempts">Failed delivery attempts so far.</param>
/// <param name="LastError">The last delivery error, or <c>null</c>.</param>
public sealed record OutboxMessage(
    string MessageId,
    string ArticleId,
    int Version,
    string Subject,
    ReadOnlyMemory<byte> Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset AvailableAt,
    OutboxState State,
    DateTimeOffset? PublishedAt,
    int Attempts,
    string? LastError);
