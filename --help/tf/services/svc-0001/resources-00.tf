resource "aws_lambda_function" "r0_0" {
  name = "${local.name}-0-0"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 22236 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r0_1" {
  name = "${local.name}-0-1"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 18378 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r0_2" {
  name = "${local.name}-0-2"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 32182 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r0_3" {
  name = "${local.name}-0-3"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 75206 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r0_4" {
  name = "${local.name}-0-4"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 18178 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r0_5" {
  name = "${local.name}-0-5"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 72784 for benchmarks; mentions 0.0.0.0/0 only in text"
}

