using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Application.Collaborations.Register;

/// <summary>
/// The domain's register problems in the request's language, under the field name the client sent. English is the
/// domain's own sentence, which names the facts; Dutch words the problem's code from Messages.resx
/// (<see cref="ProblemKey"/>, and <see cref="FieldKey"/> for what is required).
/// </summary>
public static class RegisterProblemText
{
    public static string Message(RegisterProblem problem)
    {
        if (!MessageLookup.IsDutch)
        {
            return problem.Message;
        }

        return problem.Code == RegisterProblemCode.RequiredOnceOperating
            ? Messages.Shared.Get(ProblemKey(problem.Code), ("field", Messages.Shared.Get(FieldKey(problem.Field))))
            : Messages.Shared.Get(ProblemKey(problem.Code));
    }

    public static string ProblemKey(string code) => "Register.Problem." + code;

    public static string FieldKey(string field) => "Register.Field." + field;
}
