using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Polls, quizzes and surveys set inside a story (20 Minuten's "Welches dieser Mittel ist dein Favorit?" with its answers as
/// radio buttons): story text never offers choices to tick, so the box around a page's choice inputs is not story text,
/// whatever its names (a React page's hashed classes say nothing).
/// </summary>
internal static class ChoiceBoxes
{
    /// <summary>Radio buttons and check boxes: what a poll, quiz or survey offers.</summary>
    public static readonly ISelector Inputs = ParsedSelectors.Parse("input[type=radio i], input[type=checkbox i]");

    // A poll's question and answers are a few lines; a box holding more text than this holds the story around the poll.
    internal const int MaxText = 600;

    // A page's polls offer a few dozen choices; a hostile page's thousands are not all climbed from.
    private const int MaxInputs = 200;

    /// <summary>
    /// For each group of choice inputs, the largest box around them holding at most <see cref="MaxText"/> visible characters,
    /// when it holds two choices or more (one box alone, "remember me", is a form's, and forms are chrome by their tag).
    /// </summary>
    public static IReadOnlyList<IElement> Find(IReadOnlyList<IElement> inputs, TextStatistics stats)
    {
        if (inputs.Count < 2)
        {
            return [];
        }

        var choices = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < Math.Min(inputs.Count, MaxInputs); i++)
        {
            IElement input = inputs[i];
            IElement? box = null;
            for (IElement? a = input.ParentElement; a is not null && a.LocalName is not ("body" or "html"); a = a.ParentElement)
            {
                int length = stats.TextLength(a);
                if (length > MaxText)
                {
                    break;
                }

                box = length > 0 ? a : box;
            }

            if (box is not null)
            {
                choices[box] = choices.GetValueOrDefault(box) + 1;
            }
        }

        return [.. choices.Where(kv => kv.Value >= 2).Select(kv => kv.Key)];
    }
}
