using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction;

/// <summary>
/// Reads an input into a <see cref="RawDocument"/>: enforces the size caps, gunzips gzip input whatever its name
/// (stopping at the decompressed cap, so a gzip bomb costs at most the cap), turns UTF-16 into UTF-8
/// (<see cref="Utf16Text"/>), and rejects empty and binary files.
/// </summary>
public sealed class DocumentReader(DocumentLimits limits)
{
    public DocumentReader()
        : this(new DocumentLimits())
    {
    }

    /// <summary>
    /// Reads a file on the calling thread. Synchronous on purpose: on Linux an asynchronous file read is a blocking read
    /// queued to the thread pool, so awaiting one moves the caller's CPU-bound work after it onto a pool thread.
    /// </summary>
    /// <exception cref="DocumentRejectedException">Empty, binary, over a cap, or a broken gzip stream.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public RawDocument ReadFile(string path, string? url = null)
    {
        var origin = DocumentOrigin.FromFile(path, url);
        if (IsZeroLength(new FileInfo(path)))
        {
            return FromBytes(ReadOnlyMemory<byte>.Empty, origin); // Rejected as empty, never opened.
        }

        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite,
            Options = FileOptions.SequentialScan,
            BufferSize = 0, // read straight into the document's own buffer, sized from the file's length
        });
        return Read(stream, origin);
    }

    /// <summary>
    /// Whether a listed file reports no bytes. Such a file is taken as the empty input it reports and never opened: pipes,
    /// sockets and devices report 0 bytes too, and opening a pipe that has no writer blocks until one comes, for ever.
    /// </summary>
    public static bool IsZeroLength(FileInfo file)
    {
        try
        {
            // A symbolic link lists its own length: it is judged by what it finally points to.
            FileSystemInfo? target = file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true);
            return target is FileInfo { Exists: true, Length: 0 };
        }
        catch (IOException)
        {
            return false; // A link loop: opening it fails with its own error.
        }
    }

    /// <summary>Reads a stream to its end on the calling thread; gzip input may be as large as the compressed cap.</summary>
    public RawDocument Read(Stream stream, DocumentOrigin origin, string? contentType = null) =>
        FromBytes(ReadCapped(stream, Math.Max(limits.MaxCompressedBytes, limits.MaxDocumentBytes), "input"), origin, contentType);

    /// <summary>Wraps bytes already in memory.</summary>
    public RawDocument FromBytes(ReadOnlyMemory<byte> raw, DocumentOrigin origin, string? contentType = null)
    {
        ReadOnlyMemory<byte> content = IsGzip(raw.Span) ? Gunzip(raw) : raw;
        CheckSize(content);
        if (Utf16Text.Detect(content.Span, out int bom) is { } utf16)
        {
            // Every later stage reads UTF-8: the format sniffers look for ASCII markers, which UTF-16 spreads two bytes
            // apart, and the decoders ignore a UTF-16 label on bytes that are not UTF-16 (as the HTML standard does).
            content = Encoding.UTF8.GetBytes(utf16.GetString(content.Span[bom..]));
            CheckSize(content); // Up to half as large again: three UTF-8 bytes for a two-byte character.
        }

        if (content.Span.Trim((ReadOnlySpan<byte>)[(byte)'\t', (byte)'\n', (byte)'\v', (byte)'\f', (byte)'\r', (byte)' ', 0xEF, 0xBB, 0xBF]).IsEmpty)
        {
            throw new DocumentRejectedException("empty file");
        }

        ReadOnlySpan<byte> head = content.Span[..Math.Min(content.Length, DocumentSniffer.HeadLength)];
        if (DocumentSniffer.LooksBinary(head))
        {
            throw new DocumentRejectedException("binary content, not a text document");
        }

        return new RawDocument(origin, content, contentType);
    }

    private void CheckSize(ReadOnlyMemory<byte> content)
    {
        if (content.Length > limits.MaxDocumentBytes)
        {
            throw new DocumentRejectedException($"too large: {content.Length:N0} bytes exceeds the {limits.MaxDocumentBytes:N0}-byte cap");
        }
    }

    private static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08;

    private ReadOnlyMemory<byte> Gunzip(ReadOnlyMemory<byte> compressed)
    {
        if (compressed.Length > limits.MaxCompressedBytes)
        {
            throw new DocumentRejectedException($"too large: compressed input of {compressed.Length:N0} bytes exceeds the {limits.MaxCompressedBytes:N0}-byte cap");
        }

        ArraySegment<byte> bytes = MemoryMarshal.TryGetArray(compressed, out ArraySegment<byte> segment) ? segment : compressed.ToArray();
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), CompressionMode.Decompress);
            ReadOnlyMemory<byte> content = ReadCapped(gzip, limits.MaxDocumentBytes, "decompressed content", DecompressedSizeHint(compressed.Span));
            if (!EndsWithTrailer(compressed.Span, content.Span))
            {
                throw new DocumentRejectedException("malformed gzip: the input does not end with the stream's trailer (a truncated file, or bytes after it)");
            }

            return content;
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentRejectedException($"malformed gzip: {ex.Message}", ex);
        }
    }

    // GZipStream stops without an error where a truncated stream's data runs out (dotnet/runtime#47563): a file cut short
    // in transfer would pass as a shorter story. So the input must end with its last member's trailer (RFC 1952: CRC-32
    // and ISIZE of that member's data, which zlib has checked when it reached them): one member's ISIZE is the whole
    // output's length; after several members it is the last one's, whose CRC-32 is checked over that tail of the output.
    // A cut stream ends in compressed data instead, which passes for a trailer by chance once in 2^32. (Zero padding after
    // the last member, which GZipStream ignores as gzip(1) does, reads as an empty member's trailer and passes.)
    private static bool EndsWithTrailer(ReadOnlySpan<byte> compressed, ReadOnlySpan<byte> content)
    {
        if (compressed.Length < 18)
        {
            return false; // Shorter than a header and a trailer.
        }

        uint size = BinaryPrimitives.ReadUInt32LittleEndian(compressed[^4..]);
        if (size == (uint)content.Length)
        {
            return true;
        }

        return size < (uint)content.Length && Crc32.HashToUInt32(content[^(int)size..]) == BinaryPrimitives.ReadUInt32LittleEndian(compressed[^8..]);
    }

    // The gzip trailer's ISIZE (size mod 2^32 of the last member) is only a claim until zlib checks it at the end: a hostile
    // file may lie, so it sizes the first buffer no larger than deflate's best ratio (~1032:1) allows for the bytes at hand.
    private static long DecompressedSizeHint(ReadOnlySpan<byte> compressed)
    {
        if (compressed.Length < 18)
        {
            return 0;
        }

        uint claimed = BinaryPrimitives.ReadUInt32LittleEndian(compressed[^4..]);
        return Math.Min(claimed, compressed.Length * 1032L);
    }

    /// <summary>
    /// Reads a stream to its end into one buffer, stopping with a rejection as soon as it passes <paramref name="cap"/> bytes.
    /// The buffer starts at the stream's remaining length when it has one (else at <paramref name="sizeHint"/>), so a file
    /// or a truthful gzip trailer is read without growing or copying.
    /// </summary>
    internal static async Task<ReadOnlyMemory<byte>> ReadCappedAsync(Stream stream, long cap, string what, CancellationToken cancellationToken, long sizeHint = 0)
    {
        var buffer = new CappedBuffer(stream, cap, what, sizeHint);
        int read;
        while ((read = await stream.ReadAsync(buffer.Free(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Advance(read);
        }

        return buffer.Filled;
    }

    /// <summary>As <see cref="ReadCappedAsync"/>, on the calling thread.</summary>
    internal static ReadOnlyMemory<byte> ReadCapped(Stream stream, long cap, string what, long sizeHint = 0)
    {
        var buffer = new CappedBuffer(stream, cap, what, sizeHint);
        int read;
        while ((read = stream.Read(buffer.Free().Span)) > 0)
        {
            buffer.Advance(read);
        }

        return buffer.Filled;
    }

    /// <summary>The one buffer a capped read fills: sized from what the stream claims, grown by doubling, never past the cap.</summary>
    private sealed class CappedBuffer
    {
        private readonly long cap;
        private readonly long limit;
        private readonly string what;
        private byte[] buffer;
        private int filled;

        public CappedBuffer(Stream stream, long cap, string what, long sizeHint)
        {
            this.cap = cap;
            this.what = what;
            limit = Math.Min(cap, Array.MaxLength - 1L);
            long expected = stream.CanSeek ? stream.Length - stream.Position : sizeHint;
            if (stream.CanSeek && expected > cap)
            {
                throw new DocumentRejectedException($"too large: {what} exceeds the {cap:N0}-byte cap"); // known before reading a byte
            }

            // One byte over the expected size lets the read that returns 0 happen without growing the buffer.
            buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(Math.Max(expected + 1, MinimumBuffer), limit + 1));
        }

        public ReadOnlyMemory<byte> Filled => buffer.AsMemory(0, filled);

        /// <summary>Room for the next read, growing the buffer when it is full.</summary>
        public Memory<byte> Free()
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length > limit)
                {
                    throw new DocumentRejectedException($"too large: {what} exceeds the {limit:N0}-byte cap");
                }

                byte[] larger = GC.AllocateUninitializedArray<byte>((int)Math.Min(buffer.Length * 2L, limit + 1));
                buffer.AsSpan(0, filled).CopyTo(larger);
                buffer = larger;
            }

            return buffer.AsMemory(filled);
        }

        public void Advance(int read)
        {
            filled += read;
            if (filled > cap)
            {
                throw new DocumentRejectedException($"too large: {what} exceeds the {cap:N0}-byte cap");
            }
        }
    }

    private const int MinimumBuffer = 4096;
}
