using System.Globalization;
using WireIngest.Core.Extraction;
using WireIngest.Core.Extraction.Html;
using WireIngest.Core.Model;

namespace WireIngest.Benchmarks;

/// <summary>
/// <see cref="MarkupNesting.Measure"/> over every file under a folder (read as the worker reads it): the files with the
/// most nesting steps and the deepest stacks, to set the guard's limit against real markup.
/// </summary>
internal static class NestingSurvey
{
    public static int Run(string folder)
    {
        var reader = new DocumentReader();
        var measured = new List<(string File, NestingMeasure Nesting)>();
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            RawDocument document;
            try
            {
                document = reader.ReadFile(file);
            }
            catch (DocumentRejectedException)
            {
                continue; // Empty, binary or over a cap: never parsed.
            }

            string text = CharsetDecoder.DecodeHtml(document.Content.Span, document.ContentType);
            if (text.Contains('<', StringComparison.Ordinal))
            {
                measured.Add((file, MarkupNesting.Measure(text)));
            }
        }

        foreach ((string file, NestingMeasure nesting) in measured.OrderByDescending(m => m.Nesting.Steps).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"most steps  {nesting.Steps,12:N0} steps {nesting.Deepest,6} deep  {file}"));
        }

        foreach ((string file, NestingMeasure nesting) in measured.OrderByDescending(m => m.Nesting.Deepest).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"deepest     {nesting.Steps,12:N0} steps {nesting.Deepest,6} deep  {file}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{measured.Count} files with markup; limit {MarkupNesting.MaxSteps:N0} steps"));
        return 0;
    }
}
