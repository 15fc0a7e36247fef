namespace WireIngest.Core.Publishing;

/// <summary>The sinks that ship with WireIngest.</summary>
public static class MessageSinks
{
    /// <summary>The embedded queue: the outbox row is the entry; with <see cref="QueueOptions.Directory"/> also one file per message.</summary>
    public static IMessageSink Embedded(QueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new EmbeddedQueueSink(options);
    }
}
