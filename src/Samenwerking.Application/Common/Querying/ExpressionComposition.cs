using System.Linq.Expressions;

namespace Samenwerking.Application.Common.Querying;

/// <summary>
/// Lets a projection use a domain rule written as an expression (such as
/// <c>Collaboration.AmbtelijkeFusie</c>) so the database evaluates the very same definition the
/// domain uses, instead of a hand-copied one.
/// </summary>
public static class ExpressionComposition
{
    /// <summary>Substitutes <paramref name="rule"/>, applied to the projection's source, for its second parameter.</summary>
    public static Expression<Func<TSource, TResult>> WithRule<TSource, TResult>(
        this Expression<Func<TSource, bool, TResult>> projection, Expression<Func<TSource, bool>> rule)
    {
        var source = projection.Parameters[0];
        var ruleOnSource = new ParameterReplacer(rule.Parameters[0], source).Visit(rule.Body);
        var body = new ParameterReplacer(projection.Parameters[1], ruleOnSource).Visit(projection.Body);
        return Expression.Lambda<Func<TSource, TResult>>(body, source);
    }

    public static Expression<Func<T, bool>> Not<T>(this Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private sealed class ParameterReplacer(ParameterExpression target, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == target ? replacement : node;
    }
}
