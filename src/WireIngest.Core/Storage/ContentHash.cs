using System.Security.Cryptography;
using System.Text;
using WireIngest.Core.Model;

namespace WireIngest.Core.Storage;

/// <summary>
/// Hash of what a consumer sees of a story: headline, body, byline, dateline, pictures, credits, copyrights, pubStatus and
/// embargo. Volatile fields (comment counter, source path or URL, fetch time, provider version) are left out, so they never
/// make a new version.
/// </summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the consumer-visible fields.</summary>
    public static string Compute(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var fields = new FieldWriter(hash);
        fields.Add(article.Headline);
        fields.Add(article.Body.Count);
        foreach (BodyBlock block in article.Body)
        {
            fields.Add(block.Kind.ToString());
            fields.Add(block.Text);
        }

        fields.Add(article.Byline?.Raw);
        fields.Add(article.Dateline?.Raw);
        fields.Add(article.Pictures.Count);
        foreach (Picture picture in article.Pictures)
        {
            fields.Add(picture.Caption);
            fields.Add(picture.Credit?.Raw);
            fields.Add(picture.Href);
        }

        fields.Add(article.Credits.Count);
        foreach (StoryCredit credit in article.Credits)
        {
            fields.Add(credit.Role);
            fields.Add(string.Join('\u001F', credit.Names));
            fields.Add(string.Join('\u001F', credit.Places));
        }

        fields.Add(article.Copyright?.Raw);
        fields.Add(article.PublisherCopyright?.Raw);
        fields.Add(article.PubStatus);
        fields.Add(StoreTime.Write(article.EmbargoedUntil));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Length-prefixed fields, so ("ab", "c") and ("a", "bc") hash differently and null differs from empty.</summary>
    private readonly struct FieldWriter(IncrementalHash hash)
    {
        public void Add(string? value)
        {
            if (value is null)
            {
                Add(-1);
                return;
            }

            byte[] bytes = Encoding.UTF8.GetBytes(value);
            Add(bytes.Length);
            hash.AppendData(bytes);
        }

        public void Add(int value)
        {
            Span<byte> buffer = stackalloc byte[sizeof(int)];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
            hash.AppendData(buffer);
        }
    }
}
