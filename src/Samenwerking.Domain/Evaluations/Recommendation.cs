namespace Samenwerking.Domain.Evaluations;

/// <summary>What an evaluation recommends, and who is to act on it when that was said.</summary>
public sealed record Recommendation(string Text, string? Owner = null)
{
    public const int MaxTextLength = 2000;
    public const int MaxOwnerLength = 200;
}
