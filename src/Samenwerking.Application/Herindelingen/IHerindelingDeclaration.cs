namespace Samenwerking.Application.Herindelingen;

/// <summary>A herindeling as an administrator declares it: the date, the municipalities that end and the one that succeeds them.</summary>
public interface IHerindelingDeclaration
{
    /// <summary>The day the herindeling takes effect, usually 1 January: the first day the ending municipalities no longer exist.</summary>
    DateOnly EffectiveOn { get; }

    /// <summary>CBS codes of the municipalities that end.</summary>
    IReadOnlyList<string> EndingMunicipalityCodes { get; }

    /// <summary>CBS code of the municipality that succeeds them: a new one, or one that receives them.</summary>
    string SuccessorCode { get; }
}
