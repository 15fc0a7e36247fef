using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Disposes a parsed document the extraction is done with. AngleSharp's <see cref="IDisposable.Dispose"/> empties the
/// document through the DOM's removal steps, and since 1.10 each removal searches the removed subtree for a
/// <c>&lt;base&gt;</c> element to keep the base address current: a walk of the whole tree, 4–5 % of the time decoding and
/// parsing the page took, for a document about to be dropped. Taking the top-level nodes off through the construction interface
/// (what the tree builder itself uses, no removal steps) leaves Dispose only its own resources to release: the text source,
/// the tree builder and its pooled buffers.
/// </summary>
internal static class DocumentRelease
{
    /// <summary>Detaches the document's nodes without the DOM's removal steps, then disposes it.</summary>
    public static void Release(IDocument document)
    {
        if (document is IConstructableNode root)
        {
            IConstructableNodeList nodes = root.ChildNodes;
            for (int i = nodes.Length - 1; i >= 0; i--)
            {
                root.RemoveNode(i, nodes[i]);
            }
        }

        document.Dispose();
    }
}
