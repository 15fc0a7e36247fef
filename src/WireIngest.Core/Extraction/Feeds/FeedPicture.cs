namespace WireIngest.Core.Extraction.Feeds;

/// <summary>A picture a feed item declares beside its text (<c>media:content</c> with its <c>media:description</c> and <c>media:credit</c>).</summary>
/// <param name="Url">The picture's address, resolved against the feed's.</param>
/// <param name="Caption">Its caption, or <c>null</c>.</param>
/// <param name="Credit">Its credit as written (<c>REUTERS/Dado Ruvic/File Photo</c>), or <c>null</c>.</param>
internal sealed record FeedPicture(string Url, string? Caption, string? Credit);
