using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Tests.Common;

public sealed class SearchTextTests
{
    [Fact]
    public void Folds_case_and_accents_and_trims() =>
        Assert.Equal("sudwest-fryslan", SearchText.Normalize("  Súdwest-Fryslân "));

    [Theory]
    [InlineData("'s-hertogenbosch", new[] { "s", "hertogenbosch" })]
    [InlineData("ict-samenwerking  noord 5", new[] { "ict", "samenwerking", "noord", "5" })]
    [InlineData("a&b (c/d) e.f_g%h\\i", new[] { "a", "b", "c", "d", "e", "f", "g", "h", "i" })]
    [InlineData("--", new string[0])]
    public void Splits_words_at_spaces_and_ascii_punctuation(string normalized, string[] words) =>
        Assert.Equal(words, SearchText.Words(normalized));

    [Fact]
    public void Keeps_letters_of_any_script_and_other_symbols_inside_words() =>
        Assert.Equal(["straße\u2013ĳssel", "gemeente\u00a0x"], SearchText.Words("straße\u2013ĳssel gemeente\u00a0x"));

    [Fact]
    public void Every_ascii_punctuation_character_separates_words()
    {
        var punctuation = Enumerable.Range(0x21, 0x7E - 0x20).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c));

        Assert.All(punctuation, c => Assert.Equal(["a", "b"], SearchText.Words($"a{c}b")));
    }
}
