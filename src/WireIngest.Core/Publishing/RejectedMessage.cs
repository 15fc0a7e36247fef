namespace WireIngest.Core.Publishing;

/// <summary>A message the broker refused for good, with the one-line reason kept in the quarantine.</summary>
public sealed record RejectedMessage(string MessageId, string Reason);
