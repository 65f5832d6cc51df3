#pragma once
/** The ids by which undo commands of one kind merge (QUndoCommand::id()), all in one place. */

namespace app {

enum class CommandId { MoveBlocks = 1, SetProperty = 2 };

} // namespace app
