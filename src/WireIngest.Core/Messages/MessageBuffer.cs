using System.Buffers;

namespace WireIngest.Core.Messages;

/// <summary>
/// A per-thread reusable output buffer for <see cref="NinjsMessageWriter.ToJson"/> and <see cref="NinjsMessageWriter.ToUtf8Bytes"/>,
/// so writing a message does not grow a fresh buffer each time.
/// </summary>
internal sealed class MessageBuffer : IDisposable
{
    // One unusually large story must not pin its buffer to the thread for good.
    private const int MaxRetainedCapacity = 1024 * 1024;

    private const int InitialCapacity = 16 * 1024;

    [ThreadStatic]
    private static MessageBuffer? cached;

    private MessageBuffer()
    {
    }

    public ArrayBufferWriter<byte> Buffer { get; } = new(InitialCapacity);

    /// <summary>Takes this thread's buffer (or a new one when it is in use); dispose to give it back.</summary>
    public static MessageBuffer Rent()
    {
        var buffer = cached ?? new MessageBuffer();
        cached = null;
        return buffer;
    }

    public void Dispose()
    {
        if (Buffer.Capacity <= MaxRetainedCapacity)
        {
            Buffer.ResetWrittenCount();
            cached = this;
        }
    }
}
