using System.Collections.Concurrent;

namespace WireIngest.Workers;

/// <summary>When each source last finished a poll (successful or not), and when the worker started; read by the readiness check.</summary>
internal sealed class SourcePollClock(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _polled = new(StringComparer.Ordinal);

    /// <summary>When the clock was created: the reference for a source that has not finished a poll yet.</summary>
    public DateTimeOffset Started { get; } = time.GetUtcNow();

    public void MarkPolled(string source) => _polled[source] = time.GetUtcNow();

    /// <summary>The last finished poll, or <see cref="Started"/>.</summary>
    public DateTimeOffset LastPollOrStart(string source) => _polled.TryGetValue(source, out DateTimeOffset at) ? at : Started;

    public DateTimeOffset Now => time.GetUtcNow();
}
