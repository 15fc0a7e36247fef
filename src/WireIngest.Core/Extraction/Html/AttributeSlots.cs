using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The distinct attribute names a set of compiled selectors tests, each given a slot; an element's values for all of
/// them are read in one pass over its attributes instead of one by-name lookup per selector and name.
/// </summary>
internal sealed class AttributeSlots
{
    // Arrays, not lists: Read runs for every element of every page, and a list's indexer is a call and a version check
    // more. Slots are only added while selectors are compiled, so the arrays are replaced rather than grown.
    private string[] names = [];
    private string[] htmlNames = [];

    /// <summary>Number of slots (the length of the value array <see cref="Read"/> fills).</summary>
    public int Count => names.Length;

    /// <summary>The slot of <paramref name="name"/>, added when new.</summary>
    public int SlotOf(string name)
    {
        int slot = Array.IndexOf(names, name);
        if (slot >= 0)
        {
            return slot;
        }

        names = [.. names, name];
        htmlNames = [.. htmlNames, AsciiLower(name)];
        return names.Length - 1;
    }

    /// <summary>
    /// Fills <paramref name="values"/> with the element's value of each slot's attribute (null when absent), as
    /// <c>GetAttribute</c> finds it: an HTML element's attribute by the ASCII-lower-cased name, any other element's by the
    /// name as written; the first attribute of that name wins. Only the first <see cref="Count"/> values are written.
    /// </summary>
    public void Read(IElement element, string?[] values)
    {
        Array.Clear(values, 0, names.Length);
        INamedNodeMap attributes = element.Attributes;
        int length = attributes.Length;
        if (length == 0)
        {
            return;
        }

        // Asked through the class when it can be (every AngleSharp element is an Element): through the interface the call
        // site meets the page's many element classes and goes through the runtime's slow polymorphic dispatch.
        string? namespaceUri = element is Element known ? known.NamespaceUri : element.NamespaceUri;
        string[] wanted = namespaceUri == NamespaceNames.HtmlUri ? htmlNames : names;
        for (int i = 0; i < length; i++)
        {
            IAttr attribute = attributes[i]!;
            string name = attribute.Name;
            for (int slot = 0; slot < wanted.Length; slot++)
            {
                // No break: selectors naming one attribute in two cases ([rel], [REL]) hold it in two slots. The length
                // first, inline: most of a page's attributes (href, src, alt) are none of the few names asked.
                string slotName = wanted[slot];
                if (slotName.Length == name.Length && values[slot] is null && name.AsSpan().SequenceEqual(slotName))
                {
                    values[slot] = attribute.Value;
                }
            }
        }
    }

    private static string AsciiLower(string name) => string.Create(name.Length, name, static (chars, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            chars[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });
}
