resource "aws_lambda_function" "r13_0" {
  name = "${local.name}-13-0"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 36186 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r13_1" {
  name = "${local.name}-13-1"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 69871 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r13_2" {
  name = "${local.name}-13-2"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 53906 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r13_3" {
  name = "${local.name}-13-3"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 18791 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r13_4" {
  name = "${local.name}-13-4"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 27276 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r13_5" {
  name = "${local.name}-13-5"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 39530 for benchmarks; mentions 0.0.0.0/0 only in text"
}

