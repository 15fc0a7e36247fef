namespace WireIngest.Core.Publishing;

/// <summary>The embedded queue (<c>WireIngest:Queue</c>): the outbox itself, plus an optional folder of message files.</summary>
public sealed class QueueOptions
{
    /// <summary>
    /// Folder that receives one <c>&lt;messageId&gt;.json</c> per published message, written atomically (temp file + rename);
    /// relative paths resolve against the working directory. <c>null</c>: messages stay in the outbox only.
    /// </summary>
    /// <value>Default <c>null</c>.</value>
    public string? Directory { get; set; }

    /// <summary>How many messages the relay reads from the outbox at a time.</summary>
    /// <value>Default 100.</value>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int RelayBatchSize { get; set; } = 100;
}
