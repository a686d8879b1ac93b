package org.memolens.domain;

/**
 * What happens to the codings of a code that is deleted. The default refuses while codings exist,
 * so that no coding is lost by accident; the caller must choose to delete them or move them.
 *
 * @param mode   the choice
 * @param target the code that receives the codings when {@code mode} is {@link Mode#MOVE_CODINGS}
 */
public record CodeDeletion(Mode mode, String target) {

    public enum Mode {
        /** delete the code only if nobody has coded with it */
        REFUSE_IF_CODED,
        /** delete the code and every coding made with it */
        DELETE_CODINGS,
        /** move the codings to {@code target} first (as a merge does), then delete the code */
        MOVE_CODINGS
    }

    public CodeDeletion {
        if (mode == Mode.MOVE_CODINGS && (target == null || target.isBlank())) {
            throw new InvalidInputException("Choose the code that receives the codings.");
        }
    }

    public static CodeDeletion refuseIfCoded() {
        return new CodeDeletion(Mode.REFUSE_IF_CODED, null);
    }

    public static CodeDeletion deleteCodings() {
        return new CodeDeletion(Mode.DELETE_CODINGS, null);
    }

    public static CodeDeletion moveCodingsTo(String target) {
        return new CodeDeletion(Mode.MOVE_CODINGS, target);
    }
}
