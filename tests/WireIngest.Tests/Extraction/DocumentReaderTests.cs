using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using WireIngest.Core.Extraction;
using WireIngest.Core.Model;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Extraction;

/// <summary>Reading sizes its buffer from what the input claims, so these check that a wrong or missing claim never changes the bytes.</summary>
public sealed class DocumentReaderTests
{
    private static readonly DocumentOrigin Origin = DocumentOrigin.FromFile("test.html");

    [TestCase(1)]
    [TestCase(4095)]
    [TestCase(4096)]
    [TestCase(4097)]
    [TestCase(300_001)]
    public async Task Read_SeekableAndForwardOnlyStreams_ReturnExactBytes(int size)
    {
        byte[] content = Text(size);

        RawDocument fromSeekable = new DocumentReader().Read(new MemoryStream(content), Origin);
        RawDocument fromForwardOnly = new DocumentReader().Read(new TrickleStream(content, 1000), Origin);
        // The same buffer through the asynchronous loop HTTP bodies take.
        ReadOnlyMemory<byte> fromForwardOnlyAsync = await DocumentReader.ReadCappedAsync(new TrickleStream(content, 1000), 1_000_000, "body", CancellationToken.None);

        Assert.That(fromSeekable.Content.ToArray(), Is.EqualTo(content));
        Assert.That(fromForwardOnly.Content.ToArray(), Is.EqualTo(content));
        Assert.That(fromForwardOnlyAsync.ToArray(), Is.EqualTo(content));
    }

    [Test]
    public async Task ReadFile_PlainAndGzippedFile_SameBytes()
    {
        using var folder = new TempFolder();
        byte[] content = Text(200_000);
        string plain = folder.Combine("page.html");
        string zipped = folder.Combine("page.html.gz");
        await File.WriteAllBytesAsync(plain, content);
        await File.WriteAllBytesAsync(zipped, Gzip(content));

        RawDocument fromPlain = new DocumentReader().ReadFile(plain);
        RawDocument fromZipped = new DocumentReader().ReadFile(zipped);

        Assert.That(fromPlain.Content.ToArray(), Is.EqualTo(content));
        Assert.That(fromZipped.Content.ToArray(), Is.EqualTo(content));
    }

    [Test]
    public void FromBytes_GzipWithTruthfulTrailer_SameBytes()
    {
        byte[] content = Text(150_000);

        RawDocument document = new DocumentReader().FromBytes(Gzip(content), Origin);

        Assert.That(document.Content.ToArray(), Is.EqualTo(content));
    }

    // The trailer's size field only sizes the first buffer: a lie (zero, too small, absurdly large) is caught by zlib's own
    // check at the end and rejects the input; it never yields other bytes.
    [TestCase(0u)]
    [TestCase(10u)]
    [TestCase(uint.MaxValue)]
    public void FromBytes_GzipTrailerLyingAboutSize_RejectedAsMalformed(uint claimedSize)
    {
        byte[] compressed = Gzip(Text(150_000));
        BinaryPrimitives.WriteUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4), claimedSize);

        var ex = Assert.Throws<DocumentRejectedException>(() => new DocumentReader().FromBytes(compressed, Origin));

        Assert.That(ex!.Message, Does.StartWith("malformed gzip"));
    }

    [Test]
    public void FromBytes_TwoGzipMembers_BothDecompressed()
    {
        byte[] first = Text(5000);
        byte[] second = Encoding.UTF8.GetBytes("<p>second member</p>");

        RawDocument document = new DocumentReader().FromBytes(Gzip(first).Concat(Gzip(second)).ToArray(), Origin);

        Assert.That(document.Content.ToArray(), Is.EqualTo(first.Concat(second).ToArray()));
    }

    // A file cut short in transfer: inside the header's first block, mid-stream, inside the trailer, one byte short.
    [TestCase(18)]
    [TestCase(60)]
    [TestCase(-100)]
    [TestCase(-8)]
    [TestCase(-4)]
    [TestCase(-1)]
    public void FromBytes_TruncatedGzip_RejectedAsMalformed(int cut)
    {
        byte[] compressed = Gzip(Text(150_000));
        byte[] truncated = compressed[..(cut > 0 ? cut : compressed.Length + cut)];

        var ex = Assert.Throws<DocumentRejectedException>(() => new DocumentReader().FromBytes(truncated, Origin));

        Assert.That(ex!.Message, Does.StartWith("malformed gzip: the input does not end with the stream's trailer"));
    }

    [Test]
    public void FromBytes_TwoGzipMembersTheSecondTruncated_RejectedAsMalformed()
    {
        byte[] second = Gzip(Text(20_000));

        var ex = Assert.Throws<DocumentRejectedException>(() => new DocumentReader().FromBytes(Concat(Gzip(Text(30_000)), second[..^6]), Origin));

        Assert.That(ex!.Message, Does.StartWith("malformed gzip"));
    }

    [Test]
    public void FromBytes_GzipPaddedWithZeros_Accepted()
    {
        byte[] content = Text(10_000);

        RawDocument document = new DocumentReader().FromBytes(Concat(Gzip(content), new byte[512]), Origin);

        Assert.That(document.Content.ToArray(), Is.EqualTo(content));
    }

    [Test]
    public void FromBytes_EmptyGzip_RejectedAsEmpty()
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => new DocumentReader().FromBytes(Gzip([]), Origin));

        Assert.That(ex!.Message, Is.EqualTo("empty file"));
    }

    [TestCase(1000, 1001)]
    [TestCase(1000, 50_000)]
    public void FromBytes_GzipDecompressingOverTheCap_Rejected(int cap, int size)
    {
        var reader = new DocumentReader(new DocumentLimits { MaxDocumentBytes = cap });

        var ex = Assert.Throws<DocumentRejectedException>(() => reader.FromBytes(Gzip(Text(size)), Origin));

        Assert.That(ex!.Message, Does.StartWith("too large: decompressed content exceeds"));
    }

    [Test]
    public void FromBytes_GzipExactlyAtTheCap_Accepted()
    {
        var reader = new DocumentReader(new DocumentLimits { MaxDocumentBytes = 1000 });

        RawDocument document = reader.FromBytes(Gzip(Text(1000)), Origin);

        Assert.That(document.Content.Length, Is.EqualTo(1000));
    }

    [Test]
    public void Read_SeekableStreamOverTheCap_RejectedWithoutReading()
    {
        var reader = new DocumentReader(new DocumentLimits { MaxDocumentBytes = 10_000, MaxCompressedBytes = 10_000 });
        var stream = new MemoryStream(Text(10_001));

        var ex = Assert.Throws<DocumentRejectedException>(() => reader.Read(stream, Origin));

        Assert.That(ex!.Message, Does.StartWith("too large: input exceeds"));
        Assert.That(stream.Position, Is.Zero);
    }

    [Test]
    public void Read_ForwardOnlyStreamOverTheCap_Rejected()
    {
        var reader = new DocumentReader(new DocumentLimits { MaxDocumentBytes = 10_000, MaxCompressedBytes = 10_000 });

        var ex = Assert.Throws<DocumentRejectedException>(() => reader.Read(new TrickleStream(Text(10_001), 777), Origin));

        Assert.That(ex!.Message, Does.StartWith("too large: input exceeds"));
    }

    [TestCase(10_000, 10_001, "too large: input exceeds")]
    [TestCase(10_000, 0, "empty file")]
    public void ReadFile_FileOverTheCapOrEmpty_Rejected(int cap, int size, string reason)
    {
        using var folder = new TempFolder();
        string path = folder.Combine("page.html");
        File.WriteAllBytes(path, Text(size));
        var reader = new DocumentReader(new DocumentLimits { MaxDocumentBytes = cap, MaxCompressedBytes = cap });

        var ex = Assert.Throws<DocumentRejectedException>(() => reader.ReadFile(path));

        Assert.That(ex!.Message, Does.StartWith(reason));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void ReadFile_NamedPipeOrLinkToOne_RejectedAsEmptyWithoutOpeningIt(bool throughLink)
    {
        using var folder = new TempFolder();
        string pipe = folder.Combine("pipe");
        NamedPipe.Create(pipe);
        string input = throughLink ? File.CreateSymbolicLink(folder.Combine("story.html"), pipe).FullName : pipe;

        // Opening the pipe would wait for a writer for ever: the read must come back on its own.
        Task<RawDocument> read = Task.Run(() => new DocumentReader().ReadFile(input));

        var ex = Assert.ThrowsAsync<DocumentRejectedException>(() => read.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.That(ex!.Message, Is.EqualTo("empty file"));
    }

    private static IEnumerable<TestCaseData> Utf16Encodings()
    {
        yield return new TestCaseData(new byte[] { 0xFF, 0xFE }, Encoding.Unicode).SetName("FromBytes_Utf16LittleEndianWithBom_Utf8Content");
        yield return new TestCaseData(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode).SetName("FromBytes_Utf16BigEndianWithBom_Utf8Content");
        yield return new TestCaseData(Array.Empty<byte>(), Encoding.Unicode).SetName("FromBytes_Utf16LittleEndianWithoutBom_Utf8Content");
        yield return new TestCaseData(Array.Empty<byte>(), Encoding.BigEndianUnicode).SetName("FromBytes_Utf16BigEndianWithoutBom_Utf8Content");
    }

    [TestCaseSource(nameof(Utf16Encodings))]
    public void FromBytes_Utf16_Utf8Content(byte[] bom, Encoding encoding)
    {
        string page = "<html><body><p>東京 (Reuters) - Café, 𝄞 and 41-årig.</p></body></html>\n";

        RawDocument document = new DocumentReader().FromBytes(Concat(bom, encoding.GetBytes(page)), Origin);

        Assert.That(document.Content.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(page)));
    }

    [Test]
    public void FromBytes_GzippedUtf16_Utf8Content()
    {
        byte[] utf8 = Text(20_000);

        RawDocument document = new DocumentReader().FromBytes(Gzip(Concat([0xFF, 0xFE], Encoding.Unicode.GetBytes(Encoding.ASCII.GetString(utf8)))), Origin);

        Assert.That(document.Content.ToArray(), Is.EqualTo(utf8));
    }

    [Test]
    public void FromBytes_Utf16BomAndSpacesOnly_RejectedAsEmpty()
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => new DocumentReader().FromBytes(Concat([0xFF, 0xFE], Encoding.Unicode.GetBytes(" \r\n ")), Origin));

        Assert.That(ex!.Message, Is.EqualTo("empty file"));
    }

    [Test]
    public void FromBytes_Utf16GrowingPastTheCapAsUtf8_RejectedAsTooLarge()
    {
        // 400 Japanese characters: 802 bytes in UTF-16 with its BOM, 1,200 in UTF-8.
        var reader = new DocumentReader(new DocumentLimits { MaxDocumentBytes = 1000 });

        var ex = Assert.Throws<DocumentRejectedException>(() => reader.FromBytes(Concat([0xFF, 0xFE], Encoding.Unicode.GetBytes(new string('東', 400))), Origin));

        Assert.That(ex!.Message, Does.StartWith("too large: 1,200 bytes"));
    }

    [Test]
    public void FromBytes_TextWithAStrayNul_Accepted()
    {
        byte[] content = Text(5000);
        content[2500] = 0;

        RawDocument document = new DocumentReader().FromBytes(content, Origin);

        Assert.That(document.Content.ToArray(), Is.EqualTo(content));
    }

    [Test]
    public void ReadFile_MissingFile_IOException()
    {
        using var folder = new TempFolder();

        Assert.Throws<FileNotFoundException>(() => new DocumentReader().ReadFile(folder.Combine("gone.html")));
    }

    private static byte[] Text(int size)
    {
        var builder = new StringBuilder(size + 64);
        for (int i = 0; builder.Length < size; i++)
        {
            builder.Append("<p>paragraph ").Append(i).Append(" of the story</p>\n");
        }

        return Encoding.ASCII.GetBytes(builder.ToString(0, size));
    }

    private static byte[] Concat(byte[] first, byte[] second) => [.. first, .. second];

    private static byte[] Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return compressed.ToArray();
    }
}
