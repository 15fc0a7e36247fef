using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>The minimum every extracted story must have.</summary>
internal static class StoryCheck
{
    /// <summary>Whether the story has text or is a kill (a canceled item is allowed an empty body).</summary>
    public static bool IsStory(ExtractedArticle article) =>
        article.Body.Count > 0 || article.PubStatus == PubStatuses.Canceled || (article.Headline is not null && article.Pictures.Count > 0);

    /// <exception cref="DocumentRejectedException">The story has neither body, nor pictures, nor a kill status.</exception>
    public static void EnsureStory(ExtractedArticle article, string format)
    {
        if (!IsStory(article))
        {
            throw new DocumentRejectedException($"{format} document without body text");
        }
    }

    /// <exception cref="DocumentRejectedException">No story was found.</exception>
    public static IReadOnlyList<ExtractedArticle> EnsureAny(List<ExtractedArticle> stories, string format)
    {
        stories.RemoveAll(s => !IsStory(s));
        return stories.Count > 0 ? stories : throw new DocumentRejectedException($"{format} document without any story");
    }
}
