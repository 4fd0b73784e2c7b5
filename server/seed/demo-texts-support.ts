import type { InboundTemplate } from './demo-topics.ts';

/**
 * What customers of the fictional retailer Northwind Outfitters write to its Support team.
 * Tone and length vary on purpose: real inboxes mix polite paragraphs with one angry line.
 */
export const supportOpenings: readonly InboundTemplate[] = [
  // order
  { topic: 'order', title: 'Order stuck in processing', text: "Hi, I placed order {order} on {weekday} and it still says 'processing'. Is something wrong?" },
  { topic: 'order', title: 'Change size on open order', text: 'Can I still change the size on order {order}? I picked {size} for the {product} but I need one size up.' },
  { topic: 'order', title: 'Duplicate order, cancel one', text: 'I accidentally ordered the {product} twice (order {order}). Can you cancel one of them please?' },
  { topic: 'order', title: 'Add item to recent order', text: 'Is it possible to add a second item to an order I placed an hour ago? Order number {order}.' },
  { topic: 'order', title: 'Item missing from parcel', text: "Got my order today but the {product} is missing from the box. Packing slip says it's in there." },
  { topic: 'order', title: 'Wrong colour delivered', text: 'you sent me the wrong colour. ordered the {product} in forest green, got mustard yellow 😩' },
  { topic: 'order', title: 'No order confirmation email', text: 'My order confirmation email never came through. Did order {order} actually go through? Card was charged.' },
  { topic: 'order', title: 'Change delivery address', text: "Hello, can I change the delivery address on {order}? We're moving on {weekday} and I don't want it going to the old flat." },
  // delivery
  { topic: 'delivery', title: 'Tracking not updating', text: "Where is my parcel?? Tracking hasn't updated in {days} days. Order {order}." },
  { topic: 'delivery', title: 'Marked delivered, not received', text: "Courier says delivered but there's nothing at my door. I'm in {city}. Neighbours haven't got it either. What now?" },
  { topic: 'delivery', title: 'International shipping question', text: "Do you ship to {country}? Couldn't find it in the list at checkout." },
  { topic: 'delivery', title: 'Delivery time before a trip', text: 'How long does standard delivery to {city} usually take? I need the {product} before a trip on {weekday}.' },
  { topic: 'delivery', title: 'Parcel arrived damaged', text: 'The box arrived soaking wet and the {product} inside has a big tear. I can send photos.' },
  { topic: 'delivery', title: 'Weekend express delivery', text: 'Is express delivery available on weekends? Happy to pay extra, it is a birthday present.' },
  { topic: 'delivery', title: 'Repeated failed delivery', text: "Third time the courier 'couldn't find' my address. I was home all day. This is getting ridiculous." },
  { topic: 'delivery', title: 'Switch to store pickup', text: 'Can I pick up my order at the {city} store instead of waiting for delivery? Order {order}.' },
  // refund
  { topic: 'refund', title: 'Refund not received', text: 'I sent the {product} back {days} days ago and still no refund. When will I see the money?' },
  { topic: 'refund', title: 'Return of sale item', text: "How do I return something I bought in the sale? The {product} doesn't fit and the site says sale items are final??" },
  { topic: 'refund', title: 'Partial refund amount', text: 'Refund came through but it is {amount} short. Did you charge me for return shipping?' },
  { topic: 'refund', title: 'Exchange instead of refund', text: 'Can I exchange the {product} for a different size instead of getting a refund?' },
  { topic: 'refund', title: 'Return label lost', text: 'I lost the return label for order {order}, could you send me a new one?' },
  { topic: 'refund', title: 'Returns page error', text: "Your returns page just shows an error when I click 'Start a return'. Tried two browsers." },
  // account
  { topic: 'account', title: 'Password reset email missing', text: "I can't log in to my account and the password reset email never arrives. Checked spam already." },
  { topic: 'account', title: 'Account deletion request', text: 'How do I delete my Northwind account and all the data you hold on me?' },
  { topic: 'account', title: 'Possible account takeover', text: "Someone changed the email on my account and it wasn't me. Please help, this is urgent." },
  { topic: 'account', title: 'Loyalty points missing', text: 'My loyalty points disappeared after your app update. I had over 2,000 saved up for the {product}.' },
  { topic: 'account', title: 'Too many marketing emails', text: 'How do I stop the marketing emails? I get three a day and the unsubscribe link does nothing.' },
  { topic: 'account', title: 'Merge two accounts', text: 'Can you merge my two accounts? I used a different email for my last order by mistake.' },
  // billing
  { topic: 'billing', title: 'Charged twice', text: 'I was charged twice for order {order}. {amount} left my account two times on the same day.' },
  { topic: 'billing', title: 'Discount code rejected', text: "My code {code} isn't working at checkout. It says expired but your email says it's valid till Sunday." },
  { topic: 'billing', title: 'VAT invoice request', text: 'Could I get a VAT invoice for order {order}? I need it for my company expenses.' },
  { topic: 'billing', title: 'Payment failed but charged', text: 'Payment failed at checkout but the money was taken from my card anyway. Is the order placed or not?' },
  { topic: 'billing', title: 'Payment options', text: "Do you accept PayPal or Klarna? I can't see either as an option." },
  { topic: 'billing', title: 'Unexpected shipping charge', text: 'Why was I charged {amount} for shipping when your site says free shipping over $75? My basket was $112.' },
  { topic: 'billing', title: 'Multiple gift cards', text: 'Can I use two gift cards on one order? The second one keeps replacing the first.' },
  // product
  { topic: 'product', title: 'Waterproof rating question', text: 'Is the {product} properly waterproof or just water resistant? Planning a week of hiking in Scotland.' },
  { topic: 'product', title: 'Sizing advice', text: "Does the {product} run true to size? I'm usually a {size} in most brands." },
  { topic: 'product', title: 'Restock date', text: 'When will the {product} be back in stock in {size}? Been waiting since last month.' },
  { topic: 'product', title: 'Broken zip, warranty', text: 'The zip on my {product} broke after two weeks. Is that covered by the warranty?' },
  { topic: 'product', title: 'Care instructions', text: 'How should I wash the {product}? The care label has already faded and I do not want to ruin it.' },
  { topic: 'product', title: 'Sourcing question', text: 'Is the down in the {product} responsibly sourced? Could not find anything on the product page.' },
  { topic: 'product', title: 'Compare two products', text: "What's the actual difference between the {product} and the {product2}? Can't decide." },
  { topic: 'product', title: 'Sole peeling', text: 'Sole of my {product} is peeling off after a month of light use. Not impressed at all.' },
  { topic: 'product', title: 'Torn sleeve complaint', text: 'Honestly disappointed. Waited two weeks for the {product} and it arrived with a tear in the sleeve.' },
  // praise
  { topic: 'praise', title: 'Praise: survived the rain', text: 'Just wanted to say the {product} survived a week of non-stop rain in the Lake District. Love it!' },
  { topic: 'praise', title: 'Praise: packaging note', text: 'Shoutout to whoever packed my order, the handwritten note made my day 🙌' },
  { topic: 'praise', title: 'Praise: fast return', text: "Best customer service I've had all year. Return sorted in two days, thank you!" },
  { topic: 'praise', title: 'Praise: birthday gift', text: "Got the {product} for my dad's birthday and he hasn't taken it off since. 10/10" },
  // other
  { topic: 'other', title: 'Long phone wait', text: 'Been on hold for 40 minutes on your phone line. Is anyone actually there?' },
  { topic: 'other', title: 'Store opening hours', text: 'Is the {city} store open on bank holidays? Website says one thing, Google says another.' },
];
