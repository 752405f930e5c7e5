using Samenwerking.Domain.Common;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Domain.Tests.Municipalities;

public sealed class MunicipalityTests
{
    [Theory]
    [InlineData("GM0363", true)]
    [InlineData("GM036", false)]
    [InlineData("gm0363", false)]
    [InlineData("0363", false)]
    [InlineData("GM03631", false)]
    [InlineData(null, false)]
    public void Recognises_cbs_codes(string? candidate, bool valid) =>
        Assert.Equal(valid, MunicipalityCode.IsValid(candidate));

    [Fact]
    public void Is_in_force_from_its_start_until_the_day_before_its_end()
    {
        var haarlemmerliede = new Municipality("GM0393", "Haarlemmerliede en Spaarnwoude", "PV27", "Noord-Holland",
            new DateOnly(1970, 1, 1), new DateOnly(2019, 1, 1));

        Assert.True(haarlemmerliede.IsInForceOn(new DateOnly(1970, 1, 1)));
        Assert.True(haarlemmerliede.IsInForceOn(new DateOnly(2018, 12, 31)));
        Assert.False(haarlemmerliede.IsInForceOn(new DateOnly(2019, 1, 1)));
        Assert.False(haarlemmerliede.IsInForceOn(new DateOnly(1969, 12, 31)));
    }

    [Fact]
    public void Refuses_a_period_that_ends_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new Municipality("GM0001", "X", "PV20", "Groningen",
            new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1)));

    [Fact]
    public void Search_text_ignores_case_and_accents() =>
        Assert.Equal("sudwest-fryslan", SearchText.Normalize("Súdwest-Fryslân"));

    [Fact]
    public void The_shipped_file_does_not_undo_an_end_and_successor_an_administrator_added_since()
    {
        var shipped = new Municipality("GM0017", "Haren", "PV20", "Groningen", new DateOnly(1970, 1, 1), null);
        var stored = new Municipality("GM0017", "Haren", "PV20", "Groningen", new DateOnly(1970, 1, 1), new DateOnly(2019, 1, 1), "GM0014");
        var corrected = new Municipality("GM0017", "Haren", "PV20", "Groningen", new DateOnly(1970, 1, 1), null);

        Assert.False(stored.UpdateFromShipped(shipped));
        Assert.Equal((new DateOnly(2019, 1, 1), "GM0014"), (stored.ValidTo, stored.SuccessorCode));
        Assert.True(stored.UpdateFrom(corrected));
        Assert.Equal((null, null), (stored.ValidTo, stored.SuccessorCode));
    }

    [Fact]
    public void Has_a_successor_only_when_it_ends_and_never_itself() =>
        Assert.Throws<ArgumentException>(() => new Municipality("GM0017", "Haren", "PV20", "Groningen", new DateOnly(1970, 1, 1), null, "GM0014"));
}
