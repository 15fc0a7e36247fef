namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary>One message as the test peer received it (a batch's inner messages are recorded one by one).</summary>
internal sealed record PeerMessage(
    string Address,
    string? MessageId,
    string? Subject,
    string? ContentType,
    string? CorrelationId,
    string? SessionId,
    IReadOnlyDictionary<string, object?> ApplicationProperties,
    byte[] Body);
