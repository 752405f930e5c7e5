namespace Samenwerking.Application.Common.Text;

/// <summary>
/// A free-text field that may span lines: besides printable text it accepts tab, carriage return and
/// line feed. Every other string the API receives is single-line and refuses all control characters.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MultiLineTextAttribute : Attribute;
