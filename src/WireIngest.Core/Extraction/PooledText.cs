using System.Buffers;

namespace WireIngest.Core.Extraction;

/// <summary>Decoded text in an array rented from <see cref="ArrayPool{T}.Shared"/>; disposing returns the array.</summary>
public sealed class PooledText : IDisposable
{
    private char[]? buffer;

    internal PooledText(char[] buffer, int length)
    {
        this.buffer = buffer;
        Length = length;
    }

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>The text; valid until the object is disposed.</summary>
    public ReadOnlyMemory<char> Memory => buffer is { } held ? held.AsMemory(0, Length) : throw new ObjectDisposedException(nameof(PooledText));

    /// <inheritdoc />
    public override string ToString() => Memory.Span.ToString();

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref buffer, null) is { } held)
        {
            ArrayPool<char>.Shared.Return(held);
        }
    }
}
