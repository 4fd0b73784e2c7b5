import type { DemoTeamKind, Topic } from './demo-topics.ts';

/** Agent answers, by topic, so a reply matches the question it answers. */
export const answers: Readonly<Record<Topic, readonly string[]>> = {
  order: [
    "Hi {name}, thanks for reaching out! I've checked and your order was picked this morning, so it ships within 24 hours. Tracking follows by email.",
    "Thanks {name}, I've made that change for you. You'll get an updated confirmation email in a few minutes.",
    "So sorry about that, {name}! I've sent the right item by express today at no charge, and there's no need to send anything back.",
  ],
  delivery: [
    "Hi {name}, sorry for the wait. I've opened a trace with the courier; they usually answer within 48 hours and I'll update you the moment they do.",
    "Thanks for letting us know, {name}. I've arranged a replacement by express delivery, it should be with you in 1-2 working days.",
    'Good news {name}, your parcel is at the local depot and goes out for delivery tomorrow. Tracking should update tonight.',
  ],
  refund: [
    'Hi {name}, your refund was processed today. Banks usually take 3-5 working days to show it, so keep an eye out early next week.',
    "Sorry for the confusion, {name}. Return shipping should have been free, so I've refunded the difference to your original payment method.",
    "No problem at all, {name}! I've emailed you a new prepaid return label. Print it and drop the parcel at any post office.",
  ],
  account: [
    "Hi {name}, I've sent a fresh password reset link from our side. If it isn't there in 5 minutes, let me know and I'll reset it manually.",
    "Thanks {name}, I've locked the account as a precaution and sent a verification link to your original email so you can take it back.",
    "Done, {name}! You're unsubscribed from marketing emails. You'll still get order updates so you know where your parcels are.",
  ],
  billing: [
    'Hi {name}, the second charge is a pending authorisation, not a payment. It will drop off your statement within 3 working days.',
    "Sorry about that, {name}. That code should have worked, so I've applied the discount by hand and refunded the difference.",
    "Of course, {name}. I've emailed a VAT invoice to the address on your account. Tell me if anything on it needs changing.",
  ],
  product: [
    "Great question, {name}! It's fully waterproof (20,000 mm) with taped seams, so it's made for exactly that kind of trip.",
    "Hi {name}, it runs true to size with room for a mid layer. If you're between sizes we'd suggest the smaller one.",
    "Sorry to hear that, {name}. That's covered by our 2-year warranty, so we'll replace it. I've started the claim and emailed you the details.",
  ],
  praise: [
    "Thank you so much, {name}! That's made the whole team's day. Enjoy the next adventure 🏔️",
    "This is lovely to hear, {name}, thank you! I'll pass it on to the warehouse team.",
    'Thanks for the kind words, {name}! Happy we could help.',
  ],
  other: [
    "Hi {name}, sorry for the trouble. I'm looking into this now and will come back to you today.",
    "Thanks for flagging this, {name}. I've passed it to the right team and they'll be in touch within one working day.",
  ],
  pricing: [
    "Hi {name}, thanks for your interest! From 25 units we offer tiered pricing starting at 15% off list. I've emailed you our business price list.",
    "Thanks {name}! I've put a quote together and sent it to your email. It's valid for 30 days and includes delivery.",
    'Hi {name}, business accounts get 30-day payment terms after a quick credit check. Shall I send you the application form?',
  ],
  demo: [
    "Hi {name}, we'd love to show you the range! You can book a 30-minute call at a time that suits you here: northwind.example/meet",
    'Absolutely, {name}. We send up to three free samples to business customers. Could you share a delivery address by DM?',
    "Hi {name}, I've sent our workwear and gifting lookbook to your email. Happy to walk your manager through it on a call too.",
  ],
  bulk: [
    'Thanks {name}! Yes, we can do mixed sizes in one order and deliver in about 10 working days. Minimum for embroidery is 20 units.',
    "Hi {name}, that timeline works. If you confirm by Friday we can guarantee delivery; I'll hold the stock for you until then.",
    "Great to hear from you, {name}! I'm connecting you with our key accounts team, who handle reseller agreements. Expect an email today.",
  ],
};

/** Replies that ask the customer for something; the ticket then waits for the customer. */
export const questions: Readonly<Record<DemoTeamKind, readonly string[]>> = {
  support: [
    'Hi {name}, happy to look into this. Could you send us your order number by DM so we can check?',
    'Thanks {name}. Could you share a photo of the item and the label inside? That helps us process it faster.',
    "Sorry to hear that, {name}! Could you confirm the postcode the order was shipped to?",
    "Hi {name}, which email address did you use for the order? I can't find it under this profile.",
  ],
  sales: [
    'Thanks for getting in touch, {name}! How many units are you thinking of, and by when do you need them?',
    "Hi {name}, could you tell us a bit about your organisation and the sizes you'd need? Then I'll prepare a quote.",
    'Happy to help, {name}. Would you like the items plain or with your logo? Pricing differs a little.',
  ],
};

/** The last word from us once the customer is happy. */
export const closings: readonly string[] = [
  "You're very welcome, {name}! I'll close this off now, just message us if anything else comes up.",
  "Glad that's sorted, {name}. Have a great weekend!",
  'Anytime, {name}! Enjoy your new gear.',
  'Happy to help, {name}. Take care!',
  'Perfect, thanks for confirming, {name}. Closing this one for now.',
];
