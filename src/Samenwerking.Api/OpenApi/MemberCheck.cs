using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;

namespace Samenwerking.Api.OpenApi;

/// <summary>One unconditional check on a member (or on each item of it, for <c>RuleForEach</c>).</summary>
public sealed record MemberCheck(string Member, IPropertyValidator Validator, bool OnItems, IValidator? Child);
