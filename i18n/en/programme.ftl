### The built-in home programme: its name, each exercise's name and, per level, its name,
### how to do it and the one thing to keep in mind. Every id here starts with "programme-".
### English. It must say exactly what data/programme.ron says; the other languages translate it.
### Copied into the patient's programme at set-up; from then on it is the patient's own data.
### Instructions and cues are safety text: translate them exactly, in plain words.

# The programme's title, shown above the plan.
programme-name = Hip strengthening: default home programme

## Single-leg squat

programme-single-leg-squat-name = Single-leg squat
programme-single-leg-squat-1-name = Supported sit to box
programme-single-leg-squat-1-instructions = Stand in front of a chair or box with one hand on a wall or worktop. Shift your weight onto one leg and slowly sit down to the box, then stand back up on the same leg.
programme-single-leg-squat-1-cue = Keep your knee in line with your middle toes and your hips level.
programme-single-leg-squat-2-name = Unsupported to box
programme-single-leg-squat-2-instructions = As before, but with no hand support. Lower yourself to the box on one leg, touch it lightly, and stand back up.
programme-single-leg-squat-2-cue = Go slowly on the way down: count three.
programme-single-leg-squat-3-name = Step-down from a low step
programme-single-leg-squat-3-instructions = Stand on a low step on one leg. Bend that knee to lower the other heel towards the floor, tap it lightly, and come back up.
programme-single-leg-squat-3-cue = Do not let the hip of the free leg drop.

## Crab walk with band

programme-crab-walk-name = Crab walk with band
programme-crab-walk-1-name = Band above the knees
programme-crab-walk-1-instructions = Put a loop band just above your knees. Bend your knees a little, then take small side steps, keeping the band tight the whole time. Step one way, then back.
programme-crab-walk-1-cue = Small steps, toes pointing forward, no rocking from side to side.
programme-crab-walk-2-name = Band at the ankles
programme-crab-walk-2-instructions = The same side steps with the band around your ankles. This works the side of the hip harder.
programme-crab-walk-2-cue = Keep your body upright and the band tight.
programme-crab-walk-3-name = Band around the feet
programme-crab-walk-3-instructions = The same side steps with the band around the front of your feet.
programme-crab-walk-3-cue = Push out through the heel of the leading foot.

## Side-lying leg raise

programme-side-leg-raise-name = Side-lying leg raise
programme-side-leg-raise-1-name = Side-lying hold
programme-side-leg-raise-1-instructions = Lie on your side with the lower knee bent for balance. Lift the top leg a little, straight and in line with your body, and hold it still.
programme-side-leg-raise-1-cue = Hold it, breathe normally, and do not roll backwards.
programme-side-leg-raise-2-name = Side-lying raise, rolled slightly forward
programme-side-leg-raise-2-instructions = Lie on your side and roll your body a little forward. Raise the top leg slowly, heel leading, then lower it with control.
programme-side-leg-raise-2-cue = Lead with the heel; the toes point forward, not up.
programme-side-leg-raise-3-name = Side-lying raise with ankle weight
programme-side-leg-raise-3-instructions = The same raise with a light weight around the ankle.
programme-side-leg-raise-3-cue = If you need to swing the leg, the weight is too heavy.

## Lunge

programme-lunge-name = Lunge
programme-lunge-1-name = Static split squat, short stance
programme-lunge-1-instructions = Stand with one foot a short step in front of the other. Bend both knees to lower yourself straight down, then push back up. Your feet stay where they are.
programme-lunge-1-cue = Keep the stance short: a long stride can bring the pain on.
programme-lunge-2-name = Short reverse lunge
programme-lunge-2-instructions = Step a short way back with one foot, bend both knees, then push through the front foot to return to standing.
programme-lunge-2-cue = A short step back, with your body upright.
programme-lunge-3-name = Forward lunge
programme-lunge-3-instructions = Step forward, bend both knees to lower yourself, then push back to standing.
programme-lunge-3-cue = Only as long a step as stays comfortable in the buttock.

## Hip thrust

programme-hip-thrust-name = Hip thrust
programme-hip-thrust-1-name = Bridge on both legs
programme-hip-thrust-1-instructions = Lie on your back with your knees bent and feet flat. Squeeze your buttocks and lift your hips until your body is in a straight line from shoulders to knees, then lower slowly.
programme-hip-thrust-1-cue = Stop at a straight line: do not arch your back or force the top.
programme-hip-thrust-2-name = Offset or single-leg bridge
programme-hip-thrust-2-instructions = The same bridge with one foot a little further forward, or with one foot off the floor.
programme-hip-thrust-2-cue = Keep your hips level as you lift.
programme-hip-thrust-3-name = Hip thrust with your back on a bench
programme-hip-thrust-3-instructions = Sit with your upper back against a sofa or bench, knees bent. Lift your hips until your body is flat from shoulders to knees. Add a weight across the hips only once 3 sets of 20 feel easy without one.
programme-hip-thrust-3-cue = Chin tucked, ribs down, stop when your body is flat.

## Bulgarian split squat

programme-bulgarian-split-squat-name = Bulgarian split squat
programme-bulgarian-split-squat-1-name = Static split squat
programme-bulgarian-split-squat-1-instructions = Stand with one foot in front of the other, both feet on the floor. Lower straight down by bending both knees, then stand back up.
programme-bulgarian-split-squat-1-cue = Weight through the front heel.
programme-bulgarian-split-squat-2-name = Rear foot on a low bench
programme-bulgarian-split-squat-2-instructions = Rest the top of your back foot on a low step or bench behind you. Lower yourself by bending the front knee, then push back up. Build up to 3 sets of 8.
programme-bulgarian-split-squat-2-cue = Front knee over the middle of the foot, body tall.
programme-bulgarian-split-squat-3-name = Rear foot raised, holding dumbbells
programme-bulgarian-split-squat-3-instructions = The same exercise holding a weight in each hand.
programme-bulgarian-split-squat-3-cue = Add weight only when every rep feels controlled.

## Squat

programme-squat-name = Squat
programme-squat-1-name = Squat to a chair
programme-squat-1-instructions = Stand in front of a chair, feet hip-width apart. Sit back until you lightly touch the seat, then stand up.
programme-squat-1-cue = Knees follow the toes.
programme-squat-2-name = Free squat
programme-squat-2-instructions = The same squat without the chair, to a depth that stays comfortable.
programme-squat-2-cue = Weight spread through the whole foot.
programme-squat-3-name = Goblet squat
programme-squat-3-instructions = The same squat holding one weight at your chest.
programme-squat-3-cue = Elbows inside the knees at the bottom.
