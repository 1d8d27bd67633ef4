resource "aws_iam_role" "r0_0" {
  name = "${local.name}-0-0"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 79556 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r0_1" {
  name = "${local.name}-0-1"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 56997 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r0_2" {
  name = "${local.name}-0-2"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 12738 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r0_3" {
  name = "${local.name}-0-3"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 76937 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r0_4" {
  name = "${local.name}-0-4"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 64500 for benchmarks; mentions 0.0.0.0/0 only in text"
}

