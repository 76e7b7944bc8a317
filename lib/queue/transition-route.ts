import { operation } from '@/lib/api/pipeline';
import { ticketPath } from '@/lib/api/params';
import { transitionTicket } from './tickets';
import { readBody } from './validate';
import { ticketAnswer } from './answers';

/** POST /tickets/{id}/done, /no-show and /recall: the same operation but for the transition (the
 *  counter that holds the ticket moves it on; SPEC §6). */
export function ticketTransitionPost(transition: 'done' | 'no-show' | 'recall', summary: string) {
  return operation(
    {
      method: 'POST',
      path: `/tickets/{id}/${transition}`,
      summary,
      output: ticketAnswer,
      domainParams: ticketPath,
    },
    async ({ req, actor, params }) => transitionTicket(actor, Number(params.id), transition, await readBody(req)),
  );
}
