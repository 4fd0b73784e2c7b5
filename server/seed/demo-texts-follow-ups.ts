import type { DemoTeamKind } from './demo-topics.ts';

/** A customer chasing an answer. */
export const nudges: readonly string[] = [
  'Any update on this?',
  'Hello? Still waiting for an answer.',
  "It's been a day, can someone please get back to me",
  'Just checking you got my message 🙂',
  'Still nothing. Starting to lose patience here.',
  'Hi again, any news?',
  'Can someone look at this today please? I need it sorted before the weekend.',
  'bump',
];

/** A customer giving what we asked for. */
export const details: Readonly<Record<DemoTeamKind, readonly string[]>> = {
  support: [
    "Sure, it's {order}.",
    'Here you go: order {order}, postcode {postcode}.',
    'I used {email} for that order.',
    'Photo sent by DM. The label says {size}.',
    'Ok, just sent it over by DM.',
  ],
  sales: [
    'About {qty} units, ideally before {month}.',
    "We're a {company} with about {seats} staff. Mixed sizes, mostly medium and large.",
    'With our logo please, one colour on the chest. I can send the file.',
    'Best email for the quote is {email}.',
  ],
};

/** In a public thread people move the private part to DMs rather than post it. */
export const publicDetails: readonly string[] = [
  'Sent you a DM with the details.',
  "Done, check your DMs 👍",
  "DM'd you the order number.",
];

/** A customer saying the problem is solved. */
export const thanks: readonly string[] = [
  "Thanks, that's perfect!",
  'Brilliant, thank you so much 🙏',
  'Got it, cheers!',
  'Amazing, thanks for the quick reply.',
  'ok thanks',
  'That works, thank you {agent}!',
  'Great, appreciate it.',
  'Perfect, all sorted now. Thanks!',
  'Thank you! Much better than I expected.',
  'Lovely, thanks for your help.',
];
