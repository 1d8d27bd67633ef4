resource "aws_dynamodb_table" "r6_0" {
  name = "${local.name}-6-0"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 20393 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r6_1" {
  name = "${local.name}-6-1"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 22545 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r6_2" {
  name = "${local.name}-6-2"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 1429 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r6_3" {
  name = "${local.name}-6-3"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 45727 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r6_4" {
  name = "${local.name}-6-4"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 75992 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r6_5" {
  name = "${local.name}-6-5"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 24653 for benchmarks; mentions 0.0.0.0/0 only in text"
}

