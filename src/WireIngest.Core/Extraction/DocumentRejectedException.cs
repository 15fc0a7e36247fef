namespace WireIngest.Core.Extraction;

/// <summary>
/// A document that cannot yield an article: empty, binary, not an article, malformed, over a cap.
/// The message is the one-line reason shown to operators (without the input's name, which the caller adds).
/// </summary>
public sealed class DocumentRejectedException : Exception
{
    public DocumentRejectedException(string reason)
        : base(reason)
    {
    }

    public DocumentRejectedException(string reason, Exception inner)
        : base(reason, inner)
    {
    }

    public DocumentRejectedException()
    {
    }
}
