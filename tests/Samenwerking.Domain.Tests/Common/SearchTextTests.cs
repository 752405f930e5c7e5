using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Tests.Common;

public sealed class SearchTextTests
{
    [Fact]
    public void Folds_case_and_accents_and_trims() =>
        Assert.Equal("sudwest-fryslan", SearchText.Normalize("  Súdwest-Fryslân "));
}
