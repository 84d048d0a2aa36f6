import { createActorContext } from '@xstate/react';
import { labMachine } from './labMachine.ts';

/**
 * The shared exercise actor of one lab. Islands read narrow slices with `LabContext.useSelector(s => …)` returning
 * primitives or stable references, and send events through `LabContext.useActorRef()`.
 */
export const LabContext = createActorContext(labMachine);
